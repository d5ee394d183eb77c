from django.db import migrations


def lay_again(apps, schema_editor):
    """PostgreSQL: the index's tables again, with each row's commune and the indexes that
    ask by commune first (hanhdong/search/index.py); SQLite's FTS tables are as they were."""
    from hanhdong.search.index import drop, ensure

    if schema_editor.connection.vendor == "postgresql":
        drop(schema_editor.connection)
        ensure(schema_editor.connection)


class Migration(migrations.Migration):
    """A search asks for the rows of the user's communes first: on PostgreSQL each index row
    holds its commune; a b-tree on commune and id, and the trigram index on commune and
    words (btree_gin)."""

    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(lay_again, migrations.RunPython.noop)]
