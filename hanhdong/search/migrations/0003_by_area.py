from django.db import migrations


def lay_again(apps, schema_editor):
    """PostgreSQL: the index's tables again, each row holding its commune's area (its city,
    or the commune itself if it has none) and the trigram index asked by area first
    (hanhdong/search/index.py); SQLite's FTS tables are as they were."""
    from hanhdong.search.index import drop, ensure

    if schema_editor.connection.vendor == "postgresql":
        drop(schema_editor.connection)
        ensure(schema_editor.connection)


class Migration(migrations.Migration):
    """A city's search asks the trigram index once, not once per commune: on PostgreSQL each
    index row holds its commune's area, kept by a trigger on the communes when one moves."""

    dependencies = [("search", "0002_by_commune")]

    operations = [migrations.RunPython(lay_again, migrations.RunPython.noop)]
