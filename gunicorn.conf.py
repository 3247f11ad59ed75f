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
# Sync workers, one per core plus one to cover a worker waiting on the database: the guard is
# CPU-bound Python. Measured on 2 cores (make bench), gthread workers did no better: threads of
# one process share one core (the GIL), and kept-alive connections pile onto one worker.
# Tenants with an upstream model make requests wait seconds for its reply; there, threads
# (GUNICORN_THREADS=8) keep a worker serving meanwhile, and AEGIS_GROUP_COMMIT=1 lets its
# threads' writes share commits.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread" if threads > 1 else "sync")
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
