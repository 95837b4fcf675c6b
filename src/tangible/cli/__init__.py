"""The command line. Importing it settles how many threads native libraries start (see
:mod:`tangible.threads`; set the variables yourself to override) and how often the cyclic garbage
collector runs while a command loads its models (see :mod:`tangible.cli.lifetime`)."""

from tangible.cli.lifetime import schedule_collector
from tangible.threads import one_native_thread_per_process

one_native_thread_per_process()
schedule_collector()
