from django.db import migrations


def lay(apps, schema_editor):
    from hanhdong.search.index import ensure

    ensure(schema_editor.connection)


def take_away(apps, schema_editor):
    from hanhdong.search.index import drop

    drop(schema_editor.connection)


class Migration(migrations.Migration):
    """The full-text index (hanhdong/search/index.py): on PostgreSQL the unaccent and
    pg_trgm extensions, hanhdong_fold() and trigram indexes; on SQLite FTS5 tables kept by
    triggers."""

    dependencies = [
        ("feedback", "0013_joined"),
        ("programs", "0003_keytask_reporting_on"),
        ("reports", "0004_period_titles"),
    ]

    operations = [migrations.RunPython(lay, take_away)]
