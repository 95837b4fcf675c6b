"""The command line. Importing it settles how many threads native libraries start (see
:mod:`tangible.threads`); set the variables yourself to override."""

from tangible.threads import one_native_thread_per_process

one_native_thread_per_process()
