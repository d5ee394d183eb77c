# An item's public reference, apart from the citizen's tracking code, and the moment the
# Party Office published it. Items answered before this were public: they stay published.

import secrets

from django.db import migrations, models

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def fill(apps, schema_editor):
    Feedback = apps.get_model("feedback", "Feedback")
    taken = set()
    for item in Feedback.objects.all().only("pk", "state", "kind", "answered_at", "created_at"):
        ref = "".join(secrets.choice(ALPHABET) for _ in range(10))
        while ref in taken:
            ref = "".join(secrets.choice(ALPHABET) for _ in range(10))
        taken.add(ref)
        item.public_id = ref
        if item.state in ("answered", "closed") and item.kind != "to_cao":
            item.published_at = item.answered_at or item.created_at
        item.save(update_fields=["public_id", "published_at"])


class Migration(migrations.Migration):

    dependencies = [
        ("feedback", "0010_worker_window"),
    ]

    operations = [
        migrations.AddField(
            model_name="feedback",
            name="public_id",
            field=models.CharField(max_length=12, null=True, verbose_name="public reference"),
        ),
        migrations.AddField(
            model_name="feedback",
            name="published_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="feedback",
            name="public_id",
            field=models.CharField(max_length=12, unique=True, verbose_name="public reference"),
        ),
    ]
