"""gunicorn settings for Aegis-V: `gunicorn -c gunicorn.conf.py aegis.wsgi`.

Every value can be overridden from the environment (GUNICORN_*), so N app servers behind a
load balancer share this file and differ only in their environment.
"""

import multiprocessing
import os

# One BLAS thread per worker: the guard's small matrix products gain nothing from threads,
# and several workers' thread pools fighting over the cores show up as p99 spikes.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# One process per core, each with a few threads: the guard is CPU-bound Python (one core per
# process at most, the GIL), and the threads keep that core busy while other requests of the
# process wait on the database, and let them share one commit (guard/group_commit.py).
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count()))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so a slow leak cannot grow without bound; jitter avoids all
# workers restarting at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = 2000
# Load the app (and the guard's models) once in the master; workers share the pages.
preload_app = True
accesslog = None  # the app logs one JSON line per request itself
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
