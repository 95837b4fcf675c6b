"""Services: the functions the CLI, the API and the web pages share."""
