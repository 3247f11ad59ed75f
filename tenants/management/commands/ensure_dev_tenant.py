from __future__ import annotations

import os
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tenants.models import ApiKey, Tenant
from tenants.services import api_key_issue, tenant_create

DEV_CLIENT_ID = "org_default"


class Command(BaseCommand):
    help = (
        "Make sure the development tenant org_default exists with a usable key. A new key is "
        "printed once; with AEGIS_DEV_API_KEY set, that key is used instead."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        wanted_key = os.environ.get("AEGIS_DEV_API_KEY") or None
        tenant = Tenant.objects.filter(client_id=DEV_CLIENT_ID).first()
        if tenant is None:
            try:
                onboarding = tenant_create(
                    name="Default organisation", client_id=DEV_CLIENT_ID,
                    tier=Tenant.Tier.ENTERPRISE, raw_key=wanted_key,
                )
            except ValidationError as exc:
                raise CommandError("AEGIS_DEV_API_KEY: " + " ".join(exc.messages)) from exc
            self._announce(onboarding.raw_key, adopted=wanted_key is not None)
            return
        if wanted_key is not None:
            if ApiKey.objects.for_raw_key(wanted_key) is None:
                try:
                    api_key_issue(tenant=tenant, name="AEGIS_DEV_API_KEY", raw_key=wanted_key)
                except ValidationError as exc:
                    raise CommandError("AEGIS_DEV_API_KEY: " + " ".join(exc.messages)) from exc
                self.stdout.write("Development tenant org_default: AEGIS_DEV_API_KEY registered.")
            return
        if not tenant.api_keys.active().exists():
            _, raw_key = api_key_issue(tenant=tenant, name="development")
            self._announce(raw_key, adopted=False)
            return
        self.stdout.write(
            "Development tenant org_default exists; its key was printed when it was created "
            "(run `manage.py create_api_key --tenant org_default` for another)."
        )

    def _announce(self, raw_key: str, *, adopted: bool) -> None:
        if adopted:
            self.stdout.write("Development tenant org_default uses AEGIS_DEV_API_KEY.")
            return
        self.stdout.write("Development tenant org_default API key (shown once; store it now):")
        self.stdout.write(raw_key)
