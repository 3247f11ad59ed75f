"""WSGI entry point (gunicorn aegis.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aegis.settings")
application = get_wsgi_application()

# Load the guard's signatures and models now: with gunicorn's preload_app the master loads
# them once and forked workers share the pages, and no request pays for the load. The same
# for what tenant adapters read (the topic embedding, ~0.3 s to load, and the benign anchors).
from guard.engine.embedding import get_embedding  # noqa: E402
from guard.engine.pipeline import get_guard  # noqa: E402
from guard.memory import memory_anchors  # noqa: E402

get_guard()
get_embedding()
memory_anchors()
