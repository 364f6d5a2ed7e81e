#pragma once

namespace keyledger::bench {

// keyledger-bench gui [--json] [--users N] [--dir PATH]   (runs offscreen unless QT_QPA_PLATFORM
// is set)
//
// The GUI figures of issue 5, in two processes:
// - Data (untimed, this process): N users (default 100,000, about 10 events each: ~1,000,000
//   events) written by PopulationWriter, then every read model rebuilt with Projector::rebuild
//   into the views file, and everything closed. The OS file cache is therefore warm.
// - The figures below are taken by a child process (the same program with
//   --measure-prepared --dir PATH) that starts fresh on that ledger, as a user's start would:
//   nothing allocated while preparing counts in its memory. QApplication is constructed before
//   the clock starts: the figure is the application's own start, not the dynamic loader's.
// - Cold start: from just before AppContext is constructed on that ledger (store opened,
//   upcasters, projection runner) through the MainWindow, the UsersView with its model and the
//   first page query, window shown, to the end of the first paint event of the users table's
//   viewport that has rows to draw (an event filter on the viewport).
// - Search: for each of 6 prefixes (2 to 4 letters, each a first use, so never a cache hit),
//   from UserFilterBar::setFilters (what the debounced search box calls) to the end of the next
//   paint of the table with its first page; median and max.
// - Scroll: the search cleared, the vertical scroll bar moved to the end again and again
//   (fetchMore loads 200 rows a page) until every row is loaded; peak RSS is VmHWM, reset
//   (/proc/self/clear_refs) just before the cold start, so it covers start, searches and scroll;
//   rss_at_start_mb says where it started from.
int runGuiBenchmark(int argc, char* argv[]);

} // namespace keyledger::bench
