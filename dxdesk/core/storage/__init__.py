"""Storage: the SQLite file, its peewee models and its migrations."""
