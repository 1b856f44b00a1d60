"""Exceptions of the annual-report checker (pure module, no Django)."""


class ReportError(Exception):
    """Base class of every error raised by gongkai.report."""


class ExtractError(ReportError):
    """An extractor could not turn the input bytes into an IR document.

    The message (``reason``) is shown to the user as a per-file error, so it must say
    precisely what is wrong (e.g. "not a DOCX file: missing word/document.xml").
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
