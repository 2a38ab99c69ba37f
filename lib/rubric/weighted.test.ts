import { describe, expect, it } from 'vitest'
import { weightedCriteriaPercent } from './weighted'

const code = { id: 'code', minScore: 1, maxScore: 5, weight: 1 }
const plan = { id: 'plan', minScore: 1, maxScore: 10, weight: 3 }

describe('weightedCriteriaPercent', () => {
  it('puts each criterion on its own range, so the top of a 1–5 and of a 1–10 criterion both count fully', () => {
    expect(weightedCriteriaPercent([code, plan], [{ criterionId: 'code', score: 5 }, { criterionId: 'plan', score: 10 }])).toBe(100)
    expect(weightedCriteriaPercent([code, plan], [{ criterionId: 'code', score: 1 }, { criterionId: 'plan', score: 1 }])).toBe(0)
  })

  it('weighs the criteria: the plan counts three times the code', () => {
    // code 5/5 → 1 (weight 1), plan 1/10 → 0 (weight 3): 1/4.
    expect(weightedCriteriaPercent([code, plan], [{ criterionId: 'code', score: 5 }, { criterionId: 'plan', score: 1 }])).toBe(25)
    expect(weightedCriteriaPercent([code, plan], [{ criterionId: 'code', score: 1 }, { criterionId: 'plan', score: 10 }])).toBe(75)
  })

  it('averages over what was scored, and has nothing to say when nothing that can vary was', () => {
    expect(weightedCriteriaPercent([code, plan], [{ criterionId: 'code', score: 3 }])).toBe(50)
    expect(weightedCriteriaPercent([code, plan], [])).toBeNull()
    expect(weightedCriteriaPercent([{ id: 'fixed', minScore: 3, maxScore: 3, weight: 1 }], [{ criterionId: 'fixed', score: 3 }])).toBeNull()
    expect(weightedCriteriaPercent([code], [{ criterionId: 'removed', score: 5 }])).toBeNull()
  })
})
