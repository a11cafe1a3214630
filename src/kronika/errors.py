"""Errors a user can act on: the CLI prints them as one line and exits non-zero."""


class KronikaError(Exception):
    """A problem with the user's input or setup, explained in one line (no traceback)."""

    exit_code = 2


class InputError(KronikaError):
    """A path, file or record that cannot be read as an article."""


class StoreError(KronikaError):
    """The store cannot be opened, migrated or written."""

    exit_code = 3
