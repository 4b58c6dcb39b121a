//! Stage 1, Exploration: the sections that live beside the vision (E2, kept in `Workbook::vision`
//! since version 1). So far the parking lot of "buts" (E3), the values card sort (E4) and the
//! coaching goals (E10).

use serde::{Deserialize, Serialize};

use super::buts::But;
use super::goals::Goal;
use super::values::ValuesSort;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Exploration {
    pub buts: Vec<But>,
    pub values: ValuesSort,
    pub goals: Vec<Goal>,
}
