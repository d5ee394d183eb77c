# The outbox and in-app notifications now belong to the notifications app, which took over
# their tables in its 0001; here they leave the reports app's state (the tables stay).

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('notifications', '0001_initial'),
        ('reports', '0002_attachment'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='Notification'),
                migrations.DeleteModel(name='OutboxMessage'),
            ],
            database_operations=[],
        ),
    ]
