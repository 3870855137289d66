"""The database: typed models, the engine factory, migrations, health checks and backups."""
