"""Storage: models, opening and migrating databases, backups, the file lock."""
