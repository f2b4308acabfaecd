"""One module per revision: ``0001`` governance and audit, ``0002`` shadow-AI discovery."""
