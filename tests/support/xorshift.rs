//! A small deterministic generator (xorshift64), so that a failure reproduces from its seed without a
//! property-testing crate. Shared by `tests/round_trip.rs` and `examples/fuzz_import.rs`
//! (each includes this file by its path).

pub struct Xorshift(pub u64);

impl Xorshift {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number from 0 to `n - 1` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}
