"""Keyset cursors and the list envelope (defined in ``tangible.services.pagination``, shared by every front end)."""

from tangible.services.pagination import decode_cursor, encode_cursor, envelope

__all__ = ["decode_cursor", "encode_cursor", "envelope"]
