"""Refusals of back-up and restore, in plain Dutch."""

from __future__ import annotations

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, DatabaseOpenError, StorageError


class BackupFailed(StorageError):
    """The back-up could not be written; no file was left under the final name and the database is untouched."""


class RestoreRefused(DatabaseOpenError):
    """The chosen file cannot be restored; the current database is untouched."""


class PassphraseNeeded(RestoreRefused):
    """The back-up is encrypted and no passphrase was given."""

    def __init__(self, file: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("core", "{file} is versleuteld. Geef het wachtwoord van deze back-up op."), file=file
        )


class WrongPassphrase(RestoreRefused):
    def __init__(self, file: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core", "Het wachtwoord klopt niet voor {file}. Er is niets veranderd; probeer het opnieuw."
            ),
            file=file,
        )


def truncated(file: str) -> RestoreRefused:
    return RestoreRefused(
        QT_TRANSLATE_NOOP(
            "core", "{file} is onvolledig (afgebroken tijdens het kopiëren) en kan niet worden teruggezet."
        ),
        file=file,
    )
