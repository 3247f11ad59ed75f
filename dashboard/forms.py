"""Input of the dashboard pages: filters, feedback, key issue and tenant settings."""

from __future__ import annotations

from django import forms

from guard.engine.verdict import CATEGORIES
from guard.models import Decision
from tenants.models import Tenant


class DecisionFilterForm(forms.Form):
    """GET filters of the decisions list; an invalid value means "no filter", not an error."""

    verdict = forms.ChoiceField(
        required=False,
        choices=[("", "Any verdict"), ("allowed", "Allowed"), ("blocked", "Blocked")],
    )
    label = forms.ChoiceField(
        required=False,
        choices=[("", "Any label"), *Decision.Label.choices, ("none", "Unlabelled")],
    )
    category = forms.ChoiceField(
        required=False,
        choices=[("", "Any category"), *[(c, c.capitalize()) for c in CATEGORIES]],
    )


class FeedbackForm(forms.Form):
    label = forms.ChoiceField(choices=Decision.Label.choices)
    note = forms.CharField(
        required=False,
        max_length=Decision._meta.get_field("label_note").max_length,
        widget=forms.TextInput(attrs={"placeholder": "Optional note"}),
    )


class ApiKeyIssueForm(forms.Form):
    name = forms.CharField(
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"placeholder": "What this key is for, e.g. checkout-bot"}),
    )


class TenantSettingsForm(forms.ModelForm):
    class Meta:
        model = Tenant
        fields = ["strictness", "store_prompts"]
        labels = {"store_prompts": "Store prompt text"}
