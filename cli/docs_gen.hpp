// The man page and shell completions, generated from the command line's own
// option table (the CLI11 app main.cpp builds), so they cannot drift from
// --help: `claimex generate man|bash|zsh`, run by the build for install.
#pragma once
#include <string>

#include <CLI/CLI.hpp>

namespace claimex::cli {

std::string man_page(const CLI::App& app, const std::string& version);
std::string bash_completion(const CLI::App& app);
std::string zsh_completion(const CLI::App& app);

}  // namespace claimex::cli
