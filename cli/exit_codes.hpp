#pragma once

namespace claimex::cli {

// Documented in docs/cli.md; scripts depend on them.
inline constexpr int kExitOk = 0;             // every record processed / no problem found
inline constexpr int kExitFindings = 1;       // rules check found problems
inline constexpr int kExitUsage = 2;          // bad usage, or a fatal error (rules fail to load, output unwritable)
inline constexpr int kExitRecordErrors = 3;   // finished, but some records became error lines
inline constexpr int kExitInterrupted = 130;  // stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report)

}  // namespace claimex::cli
