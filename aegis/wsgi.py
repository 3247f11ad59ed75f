"""WSGI entry point (gunicorn aegis.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aegis.settings")
application = get_wsgi_application()
