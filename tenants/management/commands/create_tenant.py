from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tenants.models import Tenant
from tenants.services import tenant_create


class Command(BaseCommand):
    help = (
        "Onboard an organisation: create the tenant and print its first API key, once. "
        "With --owner-email, also create an owner user and print a one-time password."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--org", required=True, help="Organisation name, e.g. 'Stark Industries'."
        )
        parser.add_argument("--client-id", required=True, help="Slug, e.g. org_stark.")
        parser.add_argument("--tier", required=True, choices=Tenant.Tier.values)
        parser.add_argument("--owner-email", help="E-mail of the dashboard owner to create.")

    def handle(self, *args: Any, **options: Any) -> None:
        if Tenant.objects.filter(client_id=options["client_id"]).exists():
            raise CommandError(f"A tenant with client id {options['client_id']!r} already exists.")
        try:
            onboarding = tenant_create(
                name=options["org"], client_id=options["client_id"], tier=options["tier"],
                owner_email=options["owner_email"],
            )
        except ValidationError as exc:
            raise CommandError(_messages(exc)) from exc
        tenant = onboarding.tenant
        self.stdout.write(f"Created tenant {tenant.client_id} ({tenant.name}), tier {tenant.tier}.")
        self.stdout.write("API key (shown once; store it now):")
        self.stdout.write(onboarding.raw_key)
        if onboarding.owner is not None:
            if onboarding.owner_password:
                self.stdout.write(
                    f"Dashboard owner {onboarding.owner.get_username()} "
                    f"one-time password: {onboarding.owner_password}"
                )
            else:
                self.stdout.write(
                    f"Existing user {onboarding.owner.get_username()} is now an owner."
                )


def _messages(exc: ValidationError) -> str:
    if hasattr(exc, "message_dict"):
        return "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in exc.message_dict.items())
    return " ".join(exc.messages)
