"""Exchange Server (on premises) connectors through exchangelib (issue 6)."""
