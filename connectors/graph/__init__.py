"""Microsoft 365 and Outlook.com connectors through Microsoft Graph (issue 7)."""
