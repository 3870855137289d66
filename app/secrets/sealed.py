"""A secret sealed under a passphrase: how an approver's TOTP secret is kept in the keyring.

The officer at the workstation can read the keyring, so the approver's one-time-code secret is
not stored there as it is: :func:`seal` derives a 256-bit key from the approver's passphrase with
scrypt (random 16-byte salt) and encrypts the secret with AES-256-GCM (random 12-byte nonce).
``context`` — ``"bayan-approver:<workspace uid>:<approver id>"`` — is the associated data, so a
blob copied to another approver or workspace does not open. The blob is JSON text::

    {"v": 1, "kdf": "scrypt", "n": 32768, "r": 8, "p": 1,
     "salt": "<base64>", "nonce": "<base64>", "ct": "<base64 ciphertext + tag>"}

:func:`unseal` raises :class:`WrongPassphrase` when the GCM tag does not check (a wrong
passphrase, another context, or an edited ciphertext — AES-GCM cannot tell these apart) and
:class:`DamagedSecret` when the text is not a blob this module wrote. Neither message, nor any
``repr``, carries the passphrase or the secret.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from dataclasses import dataclass
from typing import Any

VERSION = 1
KDF_NAME = "scrypt"
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
TAG_BYTES = 16
# Upper bounds on the cost a blob may ask for, so a damaged or hostile blob cannot make unseal
# allocate gigabytes: scrypt needs about 128 * n * r * p bytes.
MAX_N = 2**20
MAX_R = 32
MAX_P = 16
MAX_MEMORY = 256 * 1024 * 1024


def _valid_params(n: Any, r: Any, p: Any) -> bool:
    if not all(type(x) is int for x in (n, r, p)):
        return False
    if not (2 <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        return False
    return 128 * n * r * p <= MAX_MEMORY


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost: ``n`` (a power of two), block size ``r``, parallelism ``p``. The default
    takes about a tenth of a second and 32 MiB; tests use ``KdfParams(n=2**10)``."""

    n: int = 2**15
    r: int = 8
    p: int = 1

    def __post_init__(self) -> None:
        if not _valid_params(self.n, self.r, self.p):
            raise ValueError(
                f"scrypt parameters n={self.n}, r={self.r}, p={self.p} are out of range "
                f"(n a power of two from 2 to {MAX_N}, r 1..{MAX_R}, p 1..{MAX_P})"
            )


DEFAULT_KDF = KdfParams()


class WrongPassphrase(Exception):
    """The passphrase (or the context) does not open the sealed secret."""

    def __init__(self) -> None:
        super().__init__("the passphrase does not open this secret")


class DamagedSecret(Exception):
    """The text is not a sealed secret this module wrote (or it was damaged)."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(f"the sealed secret is damaged: {detail}")


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not isinstance(passphrase, str):
        raise TypeError("the passphrase must be text")
    material = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(material)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(secret: str, passphrase: str, context: str, params: KdfParams = DEFAULT_KDF) -> str:
    """``secret`` encrypted under a key derived from ``passphrase``, bound to ``context``: a
    JSON text safe to keep where others can read it. Two seals of one secret differ."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(secret, str) or not secret:
        raise ValueError("there is no secret to seal")
    if not isinstance(context, str):
        raise TypeError("the context must be text")
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    key = _key(passphrase, salt, params.n, params.r, params.p)
    sealed = AESGCM(key).encrypt(nonce, secret.encode("utf-8"), context.encode("utf-8"))
    blob = {
        "v": VERSION,
        "kdf": KDF_NAME,
        "n": params.n,
        "r": params.r,
        "p": params.p,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ct": _b64(sealed),
    }
    return json.dumps(blob, separators=(",", ":"), sort_keys=True)


def _field_bytes(blob: dict[str, Any], name: str) -> bytes:
    value = blob.get(name)
    if not isinstance(value, str):
        raise DamagedSecret(f"its {name} is missing")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise DamagedSecret(f"its {name} is not base64") from None


def unseal(blob: str, passphrase: str, context: str) -> str:
    """The secret :func:`seal` sealed in ``blob``. Raises :class:`WrongPassphrase` when the
    passphrase or the context is not the one it was sealed with, :class:`DamagedSecret` when
    ``blob`` is not a sealed secret."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(context, str):
        raise TypeError("the context must be text")
    if not isinstance(passphrase, str):
        raise TypeError("the passphrase must be text")
    if not isinstance(blob, str):
        raise DamagedSecret("it is not text")
    try:
        data = json.loads(blob)
    except (ValueError, RecursionError):
        raise DamagedSecret("it is not JSON") from None
    if not isinstance(data, dict):
        raise DamagedSecret("it is not a JSON object")
    if data.get("v") != VERSION or type(data.get("v")) is not int:
        raise DamagedSecret("its version is unknown")
    if data.get("kdf") != KDF_NAME:
        raise DamagedSecret("its key derivation is unknown")
    n, r, p = data.get("n"), data.get("r"), data.get("p")
    if not _valid_params(n, r, p):
        raise DamagedSecret("its scrypt parameters are out of range")
    salt = _field_bytes(data, "salt")
    nonce = _field_bytes(data, "nonce")
    sealed = _field_bytes(data, "ct")
    if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES or len(sealed) <= TAG_BYTES:
        raise DamagedSecret("its salt, nonce or ciphertext has the wrong length")
    key = _key(passphrase, salt, n, r, p)
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, context.encode("utf-8"))
    except InvalidTag:
        raise WrongPassphrase() from None
    try:
        return plain.decode("utf-8")
    except UnicodeDecodeError:
        raise DamagedSecret("its content is not text") from None
