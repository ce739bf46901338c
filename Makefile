# hsi-infographic: every command installs what it needs first, and skips what is already there.
SHELL := /bin/bash
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
BINARYEN_VERSION := 132
TERSER_VERSION := 5.51.4
TWIGGY_VERSION := 0.8.0

# wasm-opt (npm's binaryen) and terser, which minifies the wasm glue and the page's early script,
# are kept under target/ so they never clutter the system.
TOOLS := $(CURDIR)/target/tools
export PATH := $(TOOLS)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help tools npm-tools browser serve dist single test test-native test-e2e lint bench wasm-parts preview

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

tools: npm-tools ## Install the build tools: wasm32 target, trunk, wasm-bindgen-cli, wasm-opt, terser
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)$$" || { echo "Compiling trunk $(TRUNK_VERSION) once (about 15 minutes on 2 cores)"; cargo install --locked trunk --version $(TRUNK_VERSION); }
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

npm-tools: ## Install wasm-opt and terser alone (the native tests run terser)
	@wasm-opt --version 2>/dev/null | grep -q "version $(BINARYEN_VERSION) " && terser --version 2>/dev/null | grep -qx "terser $(TERSER_VERSION)" || npm install --prefix $(TOOLS) --no-save --no-audit --no-fund binaryen@$(BINARYEN_VERSION) terser@$(TERSER_VERSION)

browser: ## Install the three browser engines (Debian's Chromium, Firefox ESR, WebKitGTK) and the browser-test packages
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }
	@command -v firefox-esr >/dev/null && command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null && command -v xauth >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y firefox-esr webkit2gtk-driver xvfb xauth; }
	@command -v pdftotext >/dev/null || $(SUDO) apt-get install -y poppler-utils
	@command -v java >/dev/null || $(SUDO) apt-get install -y default-jre-headless
	@cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error

serve: tools ## Build and serve the app at http://127.0.0.1:8080/, rebuilding on change
	trunk serve --release

dist: tools ## Build the static site into dist/
	trunk build --release

single: dist ## Write target/hsi-infographic.html: one self-contained file that opens from file://
	cargo run --quiet -p hsi-site --bin single_file -- dist target/hsi-infographic.html

# The crates that build for the browser, with the browser's entry (src/main.rs); crates/site is
# native-only build tooling.
WASM_CRATES := -p hsi-infographic -p hsi-content --features hsi-infographic/hydrate

lint: ## Formatting and clippy, for every crate natively and the browser's crates for wasm32
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown $(WASM_CRATES) --all-targets -- -D warnings

test-native: npm-tools ## Native tests of every crate: data fidelity, figures, server-rendered markup, build steps
	cargo test --workspace

test-e2e: dist single browser ## Browser tests against the release dist/: Chromium, and the cross-engine suite in Firefox and WebKit too
	cd tests/e2e && npm test

test: tools browser lint test-native test-e2e ## Every check and test

bench: dist browser ## Print sizes and timings, with budgets (never fails on a budget)
	cargo bench --bench charts
	cd tests/e2e && node bench.mjs

wasm-parts: dist ## What the wasm spends its bytes on, by part: twiggy on the wasm before wasm-opt, names kept
	@twiggy --version 2>/dev/null | grep -q " $(TWIGGY_VERSION)$$" || cargo install --locked twiggy --version $(TWIGGY_VERSION)
	wasm-bindgen --target web --out-dir target/wasm-parts --out-name app target/wasm32-unknown-unknown/release/hsi-infographic.wasm
	twiggy top -n 1000000 -f csv target/wasm-parts/app_bg.wasm | node tests/bench/wasm-parts.mjs

preview: dist browser ## Redraw styles/preview.png (link previews) and its words, preview.txt, from the built page; commit both
	cd tests/e2e && node preview.mjs
