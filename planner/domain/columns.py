"""The columns a record is stored and exchanged by, named once for tables, imports and files."""

from __future__ import annotations

ADDRESS_FIELDS = ("street", "postal_code", "city", "region", "country")
"""The parts of an account's postal address, in the order files carry them."""
CONTACT_COLUMNS = (
    "first_name",
    "last_name",
    "title",
    "level",
    "buying_role",
    "email",
    "phone",
    "profile_url",
    "notes",
)
"""A contact's own columns (their account aside), in the order tables and files list them."""
