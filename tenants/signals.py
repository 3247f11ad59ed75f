"""Drop cached API keys when a key or its tenant changes, on every path (admin included)."""

from __future__ import annotations

from typing import Any

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from tenants.models import ApiKey, Tenant


@receiver([post_save, post_delete], sender=ApiKey)
def forget_cached_key(sender: type[ApiKey], instance: ApiKey, **kwargs: Any) -> None:
    cache.delete(ApiKey.cache_key(instance.digest))


@receiver([post_save, post_delete], sender=Tenant)
def forget_cached_keys_of_tenant(sender: type[Tenant], instance: Tenant, **kwargs: Any) -> None:
    # The cached key carries its tenant (tier, strictness, storage): a stale copy would
    # apply the old policy.
    digests = ApiKey.objects.filter(tenant_id=instance.pk).values_list("digest", flat=True)
    cache.delete_many([ApiKey.cache_key(digest) for digest in digests])
