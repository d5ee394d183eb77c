# The log of personal-data views becomes the log of every staff look at a submission, with
# whether it showed who sent it (every earlier row did).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("feedback", "0011_public_id_and_publication"),
    ]

    operations = [
        migrations.RenameModel(old_name="PersonalDataView", new_name="FeedbackLook"),
        migrations.AddField(
            model_name="feedbacklook",
            name="identity",
            field=models.BooleanField(default=True),
        ),
        migrations.AlterField(
            model_name="feedbacklook",
            name="feedback",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="looks",
                to="feedback.feedback",
            ),
        ),
        migrations.AlterModelOptions(name="feedbacklook", options={"ordering": ["-at", "-id"]}),
    ]
