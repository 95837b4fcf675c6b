"""How many threads native libraries start: one BLAS/OpenMP thread per process.

tangible uses one process per core for parallel work, and a process without helper threads can fork
its extraction workers, which then share the models it has loaded instead of loading their own.
Effective only before numpy is first imported; variables already set are left as they are.
"""

import os

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_native_thread_per_process() -> None:
    for var in THREAD_VARIABLES:
        os.environ.setdefault(var, "1")
