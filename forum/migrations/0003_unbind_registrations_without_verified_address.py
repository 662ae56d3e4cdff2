"""Data migration: a registration stays bound to an account only if its address is one of
that account's verified addresses.

Until now `registration_create` bound every registration to whoever was signed in, whatever
address they typed. Those rows become anonymous again (`user` = NULL): the link e-mailed to
the address still works, the account no longer shows or opens them. Nothing else changes.

Reversing it is a no-op: the old, unchecked bindings are not worth restoring (and cannot be
told apart from rows that were anonymous all along)."""

from django.db import migrations


def _key(email):
    # forum.models.normalise_email as of this migration (a copy: migrations do not import
    # code that may change after them).
    return (email or "").strip().lower()


def unbind_unverified(apps, schema_editor):
    Registration = apps.get_model("forum", "Registration")
    EmailAddress = apps.get_model("account", "EmailAddress")
    bound = Registration.objects.filter(user__isnull=False)
    user_ids = set(bound.values_list("user_id", flat=True).distinct())
    if not user_ids:
        return
    verified = {}
    for user_id, email in EmailAddress.objects.filter(
        user_id__in=user_ids, verified=True
    ).values_list("user_id", "email"):
        verified.setdefault(user_id, set()).add(_key(email))
    unbind = [
        pk
        for pk, user_id, email_key in bound.values_list("pk", "user_id", "email_normalised")
        .order_by("pk")
        .iterator(chunk_size=2000)
        if not email_key or email_key not in verified.get(user_id, ())
    ]
    for start in range(0, len(unbind), 500):
        Registration.objects.filter(pk__in=unbind[start : start + 500]).update(user=None)


class Migration(migrations.Migration):
    dependencies = [
        ("account", "0001_initial"),
        ("forum", "0002_personal_data_erasure"),
    ]

    operations = [
        migrations.RunPython(unbind_unverified, migrations.RunPython.noop, elidable=False),
    ]
