from django.db import migrations


def drop_receipt_events(apps, schema_editor):
    # the receipt is now read from the submission itself (Feedback.history)
    apps.get_model("feedback", "FeedbackEvent").objects.filter(
        state="received", public=True, note=""
    ).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("feedback", "0008_topics"),
    ]

    operations = [
        migrations.RunPython(drop_receipt_events, migrations.RunPython.noop),
    ]
