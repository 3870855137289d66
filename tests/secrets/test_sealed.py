"""Sealed secrets: an approver's TOTP secret encrypted under their passphrase, bound to context."""

from __future__ import annotations

import base64
import binascii
import json

import pytest

from app.secrets.sealed import (
    DEFAULT_KDF,
    DamagedSecret,
    KdfParams,
    WrongPassphrase,
    seal,
    unseal,
)
from app.secrets.store import approver_key

CHEAP = KdfParams(n=2**10)
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # base32, as the approvers' TOTP secrets are
PASSPHRASE = "olive grove at dawn"
CONTEXT = "bayan-approver:ab12cd34ef56:1"


def sealed(**changes: object) -> str:
    args: dict[str, object] = {
        "secret": SECRET,
        "passphrase": PASSPHRASE,
        "context": CONTEXT,
        "params": CHEAP,
    }
    args.update(changes)
    return seal(**args)  # type: ignore[arg-type]


def test_approver_key() -> None:
    assert approver_key(7) == "approver/7/totp"


def test_round_trip() -> None:
    blob = sealed()
    assert unseal(blob, PASSPHRASE, CONTEXT) == SECRET


def test_round_trip_with_the_default_cost() -> None:
    blob = seal(SECRET, PASSPHRASE, CONTEXT)
    fields = json.loads(blob)
    assert (fields["n"], fields["r"], fields["p"]) == (DEFAULT_KDF.n, 8, 1) == (2**15, 8, 1)
    assert unseal(blob, PASSPHRASE, CONTEXT) == SECRET
    with pytest.raises(WrongPassphrase):
        unseal(blob, PASSPHRASE + "!", CONTEXT)


def test_the_blob_is_json_with_base64_fields() -> None:
    fields = json.loads(sealed())
    assert set(fields) == {"v", "kdf", "n", "r", "p", "salt", "nonce", "ct"}
    assert fields["v"] == 1 and fields["kdf"] == "scrypt" and fields["n"] == 2**10
    assert len(base64.b64decode(fields["salt"])) == 16
    assert len(base64.b64decode(fields["nonce"])) == 12
    # AES-GCM: the ciphertext is as long as the secret, plus a 16-byte tag.
    assert len(base64.b64decode(fields["ct"])) == len(SECRET) + 16


def test_a_wrong_passphrase_is_refused() -> None:
    blob = sealed()
    for wrong in ("olive grove at dusk", PASSPHRASE.upper(), PASSPHRASE + " ", ""):
        with pytest.raises(WrongPassphrase) as caught:
            unseal(blob, wrong, CONTEXT)
        assert PASSPHRASE not in str(caught.value) and SECRET not in str(caught.value)


def test_another_context_does_not_open_it() -> None:
    blob = sealed()
    for other in ("bayan-approver:ab12cd34ef56:2", "bayan-approver:ffffffffffff:1", ""):
        with pytest.raises(WrongPassphrase):
            unseal(blob, PASSPHRASE, other)


def test_the_passphrase_is_nfc_normalised() -> None:
    composed = "caf\u00e9 au lait matin"
    decomposed = "cafe\u0301 au lait matin"
    blob = sealed(passphrase=decomposed)
    assert unseal(blob, composed, CONTEXT) == SECRET


def test_two_seals_of_one_secret_differ() -> None:
    first, second = json.loads(sealed()), json.loads(sealed())
    assert first["salt"] != second["salt"]
    assert first["nonce"] != second["nonce"]
    assert first["ct"] != second["ct"]


def test_the_blob_holds_the_secret_in_no_readable_form() -> None:
    blob = sealed()
    raw = base64.b32decode(SECRET)
    forms = [
        SECRET,
        SECRET.lower(),
        SECRET[:12],  # no long piece of it either
        base64.b64encode(raw).decode(),
        base64.b64encode(raw).decode()[:12],
        base64.b64encode(SECRET.encode()).decode()[:12],
        binascii.hexlify(raw).decode(),
        binascii.hexlify(raw).decode().upper(),
        binascii.hexlify(raw).decode()[:12],
        PASSPHRASE,
    ]
    for form in forms:
        assert form not in blob, form
    assert raw not in blob.encode()
    for name in ("salt", "nonce", "ct"):
        decoded = base64.b64decode(json.loads(blob)[name])
        assert raw[:8] not in decoded and SECRET.encode()[:8] not in decoded


def tampered(blob: str, name: str, value: object) -> str:
    fields = json.loads(blob)
    fields[name] = value
    return json.dumps(fields)


def flip_last_byte(value: str) -> str:
    data = bytearray(base64.b64decode(value))
    data[-1] ^= 0x01
    return base64.b64encode(bytes(data)).decode()


def test_an_edited_ciphertext_salt_or_nonce_does_not_open() -> None:
    blob = sealed()
    fields = json.loads(blob)
    for name in ("ct", "salt", "nonce"):
        with pytest.raises(WrongPassphrase):
            unseal(tampered(blob, name, flip_last_byte(fields[name])), PASSPHRASE, CONTEXT)
    with pytest.raises(WrongPassphrase):  # other cost: another key
        unseal(tampered(blob, "n", 2**11), PASSPHRASE, CONTEXT)


GARBAGE = [
    "",
    "not json",
    "[]",
    "null",
    "42",
    '"text"',
    "{",
    "[" * 100_000,  # deeply nested
    SECRET,
    "\udcff",
]


@pytest.mark.parametrize("blob", GARBAGE)
def test_garbage_is_a_damaged_secret(blob: str) -> None:
    with pytest.raises(DamagedSecret):
        unseal(blob, PASSPHRASE, CONTEXT)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("v", 2),
        ("v", "1"),
        ("v", True),
        ("v", None),
        ("kdf", "pbkdf2"),
        ("n", 1000),  # not a power of two
        ("n", 1),
        ("n", 0),
        ("n", -1024),
        ("n", 2**30),  # would need 128 GiB
        ("n", "1024"),
        ("n", 1024.0),
        ("n", True),
        ("r", 0),
        ("r", 10**9),
        ("p", 0),
        ("p", None),
        ("salt", "not base64!"),
        ("salt", base64.b64encode(b"short").decode()),
        ("salt", None),
        ("salt", 12),
        ("salt", "بلا"),
        ("nonce", base64.b64encode(b"x" * 16).decode()),
        ("nonce", ""),
        ("ct", base64.b64encode(b"x" * 16).decode()),  # a tag with nothing sealed
        ("ct", ""),
        ("ct", []),
    ],
)
def test_a_tampered_blob_is_a_damaged_secret(name: str, value: object) -> None:
    with pytest.raises(DamagedSecret) as caught:
        unseal(tampered(sealed(), name, value), PASSPHRASE, CONTEXT)
    assert type(caught.value) is DamagedSecret


@pytest.mark.parametrize("name", ["v", "kdf", "n", "r", "p", "salt", "nonce", "ct"])
def test_a_missing_field_is_a_damaged_secret(name: str) -> None:
    fields = json.loads(sealed())
    del fields[name]
    with pytest.raises(DamagedSecret):
        unseal(json.dumps(fields), PASSPHRASE, CONTEXT)


def test_sealed_bytes_that_are_not_text_are_damaged() -> None:
    # Sealed with the right key but holding bytes that are not UTF-8: not something seal() wrote.
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from app.secrets import sealed as module

    salt, nonce = os.urandom(16), os.urandom(12)
    key = module._key(PASSPHRASE, salt, CHEAP.n, CHEAP.r, CHEAP.p)
    ct = AESGCM(key).encrypt(nonce, b"\xff\xfe", CONTEXT.encode())
    fields = json.loads(sealed())
    fields.update(
        salt=base64.b64encode(salt).decode(),
        nonce=base64.b64encode(nonce).decode(),
        ct=base64.b64encode(ct).decode(),
    )
    with pytest.raises(DamagedSecret):
        unseal(json.dumps(fields), PASSPHRASE, CONTEXT)


def test_bad_parameters_and_empty_secrets_are_refused() -> None:
    with pytest.raises(ValueError):
        KdfParams(n=1000)
    with pytest.raises(ValueError):
        KdfParams(r=0)
    with pytest.raises(ValueError, match="no secret"):
        seal("", PASSPHRASE, CONTEXT, CHEAP)


def test_messages_and_reprs_carry_no_secret() -> None:
    blob = sealed()
    errors: list[Exception] = []
    for call in (
        lambda: unseal(blob, "wrong " + PASSPHRASE, CONTEXT),
        lambda: unseal(tampered(blob, "salt", SECRET), PASSPHRASE, CONTEXT),
        lambda: unseal(SECRET, PASSPHRASE, CONTEXT),
    ):
        try:
            call()
        except (WrongPassphrase, DamagedSecret) as exc:
            errors.append(exc)
    assert len(errors) == 3
    for exc in errors:
        for text in (str(exc), repr(exc)):
            assert SECRET not in text and PASSPHRASE not in text
