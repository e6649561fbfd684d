"""vCard 2.1, 3.0 and 4.0 files into contact records, one per card, using vobject's line parser.

vobject's full component builder costs about 0.3 ms a card; reading logical lines with its
`getLogicalLines` and `parseLine` and decoding the few properties we use ourselves keeps
10,000 cards well under a second.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from vobject.base import ParseError, parseLine

from planner.domain.imports import ImportFileError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.records import (
    ContactRecord,
    SourceRow,
    check_contact,
    clean_email,
    split_full_name,
)

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
# The most common line, NAME:value with no group or parameters, read the way vobject's
# `parseLine` reads it (the same name characters) without its general expression.
_PLAIN_LINE = re.compile(r"([A-Za-z0-9-]+):(.*)", re.DOTALL)
_UNESCAPED_SEMICOLON = re.compile(r"(?<!\\);")


@dataclass(slots=True)
class _Property:
    name: str
    value: str
    types: frozenset[str]
    params: dict[str, list[str]]
    group: str | None


@dataclass(slots=True)
class _Card:
    line: int
    record: int
    version: str = ""
    props: dict[str, list[_Property]] = field(default_factory=dict)
    error: str = ""


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        ch = match.group(1)
        return "\n" if ch in "nN" else ch

    return _ESCAPE.sub(one, text)


def _structured(text: str) -> list[str]:
    """The components of N or ORG: split on unescaped semicolons, then unescaped."""
    return [_unescape(part).strip() for part in _UNESCAPED_SEMICOLON.split(text)]


def _decode_qp(value: str, charset: str) -> str:
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    for encoding in (charset or "utf-8", "utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def _parse_line(line: str, number: int) -> tuple[str, list[list[str]], str, str | None]:
    """(name, parameters, value, group) of a logical line, as vobject's `parseLine` gives them."""
    plain = _PLAIN_LINE.fullmatch(line)
    if plain is not None:
        return plain[1], [], plain[2], None
    name, params, value, group = parseLine(line, number)
    return str(name), params, str(value), group


def _make_property(
    name: str, raw_params: list[list[str]], value: str, group: str | None
) -> _Property:
    if not raw_params:
        return _Property(name.upper(), value, frozenset(), {}, group)
    params: dict[str, list[str]] = {}
    types: set[str] = set()
    for param in raw_params:
        if len(param) == 1:  # vCard 2.1 bare parameter: TEL;CELL;PREF
            key, values = "TYPE", [param[0]]
        else:
            key, values = param[0].upper(), param[1:]
        params.setdefault(key, []).extend(values)
        if key in ("TYPE", "PREF"):
            for v in values:
                types.update(t.strip().upper() for t in v.split(",") if t.strip())
            if key == "PREF":
                types.add("PREF")
    encodings = {e.upper() for e in params.get("ENCODING", [])} | {
        t for t in types if t in ("QUOTED-PRINTABLE", "BASE64", "B")
    }
    if "QUOTED-PRINTABLE" in encodings:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        value = _decode_qp(value, charset)
    elif encodings & {"BASE64", "B"}:
        value = ""  # photos and keys: nothing a contact record keeps
    return _Property(name.upper(), value, frozenset(types), params, group)


def _logical_lines(text: str) -> list[tuple[str, int]]:
    """Unfolded lines with the number of the physical line each starts on.

    Folding is a leading space or tab (3.0/4.0); a quoted-printable value ending in "=" goes on
    on the next line (2.1). vobject's own reader misnumbers the first line, so this is ours.
    """
    result: list[tuple[str, int]] = []
    parts: list[str] = []
    start = 0
    soft_break = False
    for number, line in enumerate(text.splitlines(), start=1):
        if parts and soft_break:
            parts.append("\n" + line)
        elif parts and line[:1] in (" ", "\t"):
            parts.append(line[1:])
        else:
            if parts:
                result.append(("".join(parts), start))
            parts, start = ([line], number) if line.strip() else ([], number)
        soft_break = (
            bool(parts)
            and line.endswith("=")
            and ("QUOTED-PRINTABLE" in parts[0].split(":", 1)[0].upper())
        )
    if parts:
        result.append(("".join(parts), start))
    return result


def _cards(text: str) -> list[_Card]:
    """Split the file into cards; a card without END:VCARD means the file is cut off."""
    cards: list[_Card] = []
    current: _Card | None = None
    depth = 0
    try:
        for line, number in _logical_lines(text):
            try:
                name, params, value, group = _parse_line(line, number)
            except ParseError:
                if current is None:
                    raise ImportFileError(
                        QT_TRANSLATE_NOOP(
                            "Import", "Line {line} is not part of a vCard: {text!r}."
                        ).format(line=number, text=line[:40])
                    ) from None
                if not current.error:
                    current.error = QT_TRANSLATE_NOOP(
                        "Import", "line {line} cannot be read: {text!r}"
                    ).format(line=number, text=line[:40])
                continue
            upper = name.upper()
            if upper == "BEGIN" and value.strip().upper() == "VCARD":
                if current is not None:
                    depth += 1  # a nested card (2.1 AGENT): skipped with its parent's data
                    continue
                current = _Card(line=number, record=len(cards) + 1)
                continue
            if current is None:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "Line {line} is outside any vCard (expected BEGIN:VCARD): {text!r}.",
                    ).format(line=number, text=line[:40])
                )
            if upper == "END" and value.strip().upper() == "VCARD":
                if depth:
                    depth -= 1
                    continue
                cards.append(current)
                current = None
                continue
            if depth:
                continue
            if upper == "VERSION":
                current.version = value.strip()
                continue
            prop = _make_property(upper, params, value, group)
            current.props.setdefault(prop.name, []).append(prop)
    except ParseError as error:  # pragma: no cover - parseLine errors are handled above
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "The vCard file cannot be read: {error}.").format(
                error=str(error)
            )
        ) from None
    if current is not None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "The file is cut off: vCard {record} (line {line}) has no END:VCARD."
            ).format(record=current.record, line=current.line)
        )
    if not cards:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file holds no vCards."))
    return cards


def _text(card: _Card, name: str) -> str:
    props = card.props.get(name)
    if not props:
        return ""
    value = _unescape(props[0].value)
    if name == "NOTE":
        return "\n".join(value.splitlines()).strip()
    return " ".join(value.split())


def _preferred(props: list[_Property], *wanted: str) -> _Property | None:
    """The PREF-marked property, else the first of a wanted type, else the first."""
    usable = [p for p in props if p.value.strip()]
    if not usable:
        return None
    for p in usable:
        if "PREF" in p.types or any(v.strip() == "1" for v in p.params.get("PREF", [])):
            return p
    for kind in wanted:
        for p in usable:
            if kind in p.types:
                return p
    return usable[0]


def _phone(card: _Card) -> str:
    prop = _preferred(card.props.get("TEL", []), "WORK", "CELL")
    if prop is None:
        return ""
    value = _unescape(prop.value).strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
        value = value.split(";", 1)[0]  # tel:+1-555;ext=2 keeps the number
    return value.strip()


def _email(card: _Card) -> str:
    prop = _preferred(card.props.get("EMAIL", []), "WORK", "INTERNET")
    return "" if prop is None else clean_email(_unescape(prop.value))


def _profile(card: _Card) -> str:
    candidates = [
        _unescape(p.value).strip()
        for key in ("X-SOCIALPROFILE", "URL")
        for p in card.props.get(key, [])
        if p.value.strip()
    ]
    for url in candidates:
        if "linkedin." in url.lower():
            return url
    urls = [_unescape(p.value).strip() for p in card.props.get("URL", []) if p.value.strip()]
    return urls[0] if urls else ""


def _work_address(card: _Card) -> tuple[str, str, str, str, str]:
    """ADR's parts (PO box; extended; street; locality; region; postal code; country), work first.

    The PO box and the extended part (suite, floor) go before the street on its one line.
    """
    prop = _preferred(card.props.get("ADR", []), "WORK")
    if prop is None:
        return ("", "", "", "", "")
    parts = [" ".join(p.split()) for p in [*_structured(prop.value), *[""] * 7][:7]]
    box, extended, street, city, region, postal_code, country = parts
    return (", ".join(p for p in (street, extended, box) if p), postal_code, city, region, country)


def card_to_record(card: _Card) -> ContactRecord:
    """The person on a card: N (else FN) for the name; e-mail, phone and work address by PREF."""
    first = last = ""
    n_props = card.props.get("N")
    if n_props:
        parts = [*_structured(n_props[0].value), "", ""]
        last, first = " ".join(parts[0].split()), " ".join(parts[1].split())
    if not (first or last):
        first, last = split_full_name(_text(card, "FN"))
    street, postal_code, city, region, country = _work_address(card)
    company = ""
    org = card.props.get("ORG")
    if org:
        company = " ".join(_structured(org[0].value)[0].split())
    return ContactRecord(
        first_name=first,
        last_name=last,
        company=company,
        title=_text(card, "TITLE") or _text(card, "ROLE"),
        email=_email(card),
        phone=_phone(card),
        profile_url=_profile(card),
        notes=_text(card, "NOTE"),
        street=street,
        postal_code=postal_code,
        city=city,
        region=region,
        country=country,
    )


def _company_card(card: _Card, record: ContactRecord) -> str:
    """A reason to skip a card that stands for a company (Apple's "show as company", KIND:org)."""
    show_as = _text(card, "X-ABSHOWAS").upper()
    kind = _text(card, "KIND").lower()
    n_empty = not any(_structured(p.value)[0] for p in card.props.get("N", []) if p.value)
    same_as_org = bool(record.company) and n_empty and _text(card, "FN") == record.company
    if show_as == "COMPANY" or kind == "org" or same_as_org:
        return QT_TRANSLATE_NOOP(
            "Import", "is a card for the company {company!r}, not a person"
        ).format(company=record.company or _text(card, "FN"))
    return ""


def read_vcards(text: str) -> list[SourceRow]:
    """Every card of a vCard file as a row; unusable cards carry the reason.

    Raises ImportFileError when the file as a whole is not vCard or is cut off.
    """
    rows: list[SourceRow] = []
    for card in _cards(text):
        if card.error:
            rows.append(SourceRow(card.line, card.record, None, card.error))
            continue
        record = card_to_record(card)
        reason = _company_card(card, record) or check_contact(record)
        if reason:
            rows.append(SourceRow(card.line, card.record, None, reason, record.label))
        else:
            rows.append(SourceRow(card.line, card.record, record, "", record.label))
    return rows
