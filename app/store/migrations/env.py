"""Alembic environment: runs on the connection Bayan hands over, in SQLite batch mode."""

from __future__ import annotations

from typing import Any

from alembic import context

from app.store.models import Base
from app.store.schema import include_name


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from app.store.engine import make_engine

        engine = make_engine(
            context.config.get_main_option("sqlalchemy.url").removeprefix("sqlite:///")
        )
        with engine.connect() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        transaction_per_migration=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
