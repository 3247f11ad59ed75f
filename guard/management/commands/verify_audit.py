from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from guard.services import audit_verify
from tenants.models import Tenant


class Command(BaseCommand):
    help = "Re-verify a tenant's hash-chained audit log; exits 1 when it is broken."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tenant", required=True, help="The tenant's client id.")

    def handle(self, *args: Any, **options: Any) -> None:
        tenant = Tenant.objects.filter(client_id=options["tenant"]).first()
        if tenant is None:
            raise CommandError(f"No tenant with client id {options['tenant']!r}.")
        result = audit_verify(tenant=tenant)
        if result.valid:
            self.stdout.write(
                f"valid: {tenant.client_id} chain of {result.length} rows, head {result.head}"
            )
            return
        self.stdout.write(
            f"invalid: {tenant.client_id} chain breaks at seq {result.first_broken_seq} "
            f"({result.reason}); {result.length} rows verified before it"
        )
        if result.expected_hash:
            self.stdout.write(f"  expected {result.expected_hash}\n  found    {result.actual_hash}")
        raise CommandError("audit chain is broken", returncode=1)
