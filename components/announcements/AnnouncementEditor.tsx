'use client'
// A season's post: title, Markdown body with its preview, and the publish time typed in the admin's zone
// (empty: a draft). Scheduling the accepted-students post also sets when decisions and letters go out.
import { saveAnnouncement } from '@/lib/announcements/actions'
import { BODY_MAX, TITLE_MAX } from '@/lib/announcements/schema'
import { useFormAction } from '@/components/ui/useFormAction'
import { MarkdownField } from '../MarkdownField'
import { Field, FormMessage, SubmitButton, inputClass } from '../ui/form'

type Props = {
  seasonId: string
  id: string
  title: string
  body: string
  publishAt: string
  zoneName: string
  locked: boolean
  accepted: boolean
}

export function AnnouncementEditor({ seasonId, id, title, body, publishAt, zoneName, locked, accepted }: Props) {
  const { state, formProps } = useFormAction(saveAnnouncement)
  return (
    <form {...formProps} className="space-y-5">
      <input type="hidden" name="seasonId" value={seasonId} />
      <input type="hidden" name="id" value={id} />
      <Field name="title" label="Title" state={state}>
        {(props) => <input {...props} type="text" required maxLength={TITLE_MAX} defaultValue={title} className={inputClass} />}
      </Field>
      <MarkdownField name="body" label="Post" rows={18} maxLength={BODY_MAX} defaultValue={body} state={state} required />
      <Field
        name="publishAt"
        label={`Publish at (${zoneName})`}
        state={state}
        hint={
          locked
            ? 'The post is public: its publish time can no longer change.'
            : accepted
              ? 'Leave empty to keep it a draft. At this time the post appears, the season’s decisions become public and the letters go out.'
              : 'Leave empty to keep it a draft. The post appears at this time, by the app’s clock.'
        }
      >
        {(props) => <input {...props} type="datetime-local" defaultValue={publishAt} readOnly={locked} className={`${inputClass} max-w-64`} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Save the post</SubmitButton>
        <p className="text-sm text-stone-600">Times are in {zoneName}, your profile’s time zone; they are stored in UTC.</p>
      </div>
      <FormMessage state={state} />
    </form>
  )
}
