'use client'
// Withdraw, asked first: a modal dialog (the browser's <dialog>: focus moves into it, Escape cancels, focus
// returns to the button) that says what withdrawing means before anything happens.
import { useId, useRef } from 'react'

export function WithdrawButton({ onConfirm, disabled, busy, deadline }: { onConfirm: () => void; disabled: boolean; busy: boolean; deadline: string }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const textId = useId()
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        disabled={disabled}
        aria-haspopup="dialog"
        className="rounded-md border border-red-300 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {busy ? 'Withdrawing…' : 'Withdraw'}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-900/50"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Withdraw this proposal?
        </h2>
        <p id={textId} className="mt-2">
          Mentors will no longer see it, and it no longer counts as one of your applications. Your text is kept: you can submit it again until {deadline}.
        </p>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <button
            type="button"
            autoFocus
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100"
          >
            Keep it submitted
          </button>
          <button
            type="button"
            onClick={() => {
              dialog.current?.close()
              onConfirm()
            }}
            className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
          >
            Withdraw proposal
          </button>
        </div>
      </dialog>
    </>
  )
}
