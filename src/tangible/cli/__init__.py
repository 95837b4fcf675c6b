"""The command line. Importing it settles how many threads native libraries start.

One BLAS/OpenMP thread per process: tangible uses one process per core for parallel work, and a
process without helper threads can fork its extraction workers, which then share the models it has
loaded instead of loading their own. Set these variables yourself to override.
"""

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
