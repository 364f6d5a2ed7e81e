#pragma once

#include "projections/ProjectionState.h"

#include <QHash>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace keyledger {

// The rows of one read-model table, by user id, held in memory while events are applied and
// written back by flush(): a user touched by ten events of a batch is read once and written
// once. A rebuild keeps its rows until the end (or the projector's memory bound), so a user's
// row is written once for its whole history instead of once per event. The same code applies
// events in both cases, so a rebuild equals an incremental run by construction.
template <typename Row>
class RowCache final : public ProjectionState
{
public:
    using Load = std::function<std::optional<Row>(const QUuid& id)>;
    using Save = std::function<void(const QUuid& id, const Row& row)>;
    using Remove = std::function<void(const QUuid& id)>;

    RowCache(Load load, Save save, Remove remove = {})
        : m_load(std::move(load))
        , m_save(std::move(save))
        , m_remove(std::move(remove))
    {}

    // The row, from memory or else from the table; nullptr when there is none.
    Row* find(const QUuid& id)
    {
        auto it = m_slots.find(id);
        if (it == m_slots.end())
            it = m_slots.insert(id, Slot{m_load(id), false});
        return it->row ? &*it->row : nullptr;
    }
    // Puts a new row in place of any other (to be written).
    Row& insert(const QUuid& id, Row row)
    {
        Slot& slot = m_slots[id];
        slot.row = std::move(row);
        slot.changed = true;
        return *slot.row;
    }
    // The row found has been changed in place (to be written).
    void markChanged(const QUuid& id) { m_slots[id].changed = true; }
    // The row is to be deleted.
    void remove(const QUuid& id) { m_slots.insert(id, Slot{std::nullopt, true}); }

    void flush() override
    {
        // In key order: the tables are keyed by id, so each write lands next to the one before
        // instead of on a random page.
        std::vector<typename QHash<QUuid, Slot>::const_iterator> changed;
        changed.reserve(std::size_t(m_slots.size()));
        for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
            if (it->changed)
                changed.push_back(it);
        }
        std::sort(changed.begin(), changed.end(),
                  [](const auto& a, const auto& b) { return inTextOrder(a.key(), b.key()); });
        for (const auto& it : changed) {
            if (it->row)
                m_save(it.key(), *it->row);
            else if (m_remove)
                m_remove(it.key());
        }
        m_slots.clear();
    }
    void discard() override { m_slots.clear(); }
    qsizetype size() const override { return m_slots.size(); }

private:
    // The order of the ids' text form (lowercase hex), which is the tables' key order.
    static bool inTextOrder(const QUuid& a, const QUuid& b)
    {
        if (a.data1 != b.data1)
            return a.data1 < b.data1;
        if (a.data2 != b.data2)
            return a.data2 < b.data2;
        if (a.data3 != b.data3)
            return a.data3 < b.data3;
        return std::memcmp(a.data4, b.data4, sizeof a.data4) < 0;
    }

    struct Slot
    {
        std::optional<Row> row; // none: the table has no such row (or it is to be deleted)
        bool changed = false;
    };
    Load m_load;
    Save m_save;
    Remove m_remove;
    QHash<QUuid, Slot> m_slots;
};

} // namespace keyledger
