# The outbox and in-app notifications move here from the reports app: this migration takes
# over the two tables as they are (state only); 0002 renames them.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('reports', '0002_attachment'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='OutboxMessage',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('key', models.CharField(max_length=200, unique=True)),
                        ('channel', models.CharField(choices=[('email', 'Email'), ('inapp', 'In the app')], max_length=8)),
                        ('subject', models.CharField(max_length=255)),
                        ('body', models.TextField()),
                        ('url', models.CharField(blank=True, max_length=255)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('sent_at', models.DateTimeField(blank=True, null=True)),
                        ('attempts', models.PositiveSmallIntegerField(default=0)),
                        ('last_error', models.TextField(blank=True)),
                        ('recipient', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={'db_table': 'reports_outboxmessage'},
                ),
                migrations.CreateModel(
                    name='Notification',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('subject', models.CharField(max_length=255)),
                        ('body', models.TextField(blank=True)),
                        ('url', models.CharField(blank=True, max_length=255)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('read_at', models.DateTimeField(blank=True, null=True)),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='notifications', to=settings.AUTH_USER_MODEL)),
                        ('source', models.OneToOneField(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='notifications.outboxmessage')),
                    ],
                    options={'ordering': ['-created_at'], 'db_table': 'reports_notification'},
                ),
                migrations.AddIndex(
                    model_name='outboxmessage',
                    index=models.Index(fields=['sent_at', 'id'], name='outbox_unsent_idx'),
                ),
            ],
            database_operations=[],
        ),
    ]
