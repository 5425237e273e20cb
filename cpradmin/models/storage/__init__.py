"""SQLCipher storage: the encrypted connection, schema migrations and transactions."""
