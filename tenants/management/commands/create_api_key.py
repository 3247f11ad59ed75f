from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tenants.models import Tenant
from tenants.services import api_key_issue


class Command(BaseCommand):
    help = "Issue another API key for an existing tenant and print it, once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tenant", required=True, help="The tenant's client id.")
        parser.add_argument("--name", default="", help="What the key is for.")

    def handle(self, *args: Any, **options: Any) -> None:
        tenant = Tenant.objects.filter(client_id=options["tenant"]).first()
        if tenant is None:
            raise CommandError(f"No tenant with client id {options['tenant']!r}.")
        api_key, raw_key = api_key_issue(tenant=tenant, name=options["name"])
        self.stdout.write(f"Issued key {api_key.prefix}… for {tenant.client_id}.")
        self.stdout.write("API key (shown once; store it now):")
        self.stdout.write(raw_key)
