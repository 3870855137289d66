"""The Accounts page's dialogs: an account's record, its password, its 2FA secret, incidents."""
