"""Excel compliance reports (openpyxl), built from the services; never imports Qt."""
